/// Declares `Key` and `Key::ALL` together so tests can walk every key.
macro_rules! keys {
    ($($key:ident),+ $(,)?) => {
        /// A UI text. Add a variant here, then the compiler asks for it in `de.rs` and `en.rs`.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        pub enum Key { $($key),+ }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key),+];
        }
    };
}

keys! {
    AppName,
    SkipToContent,
    MainNav,
    NavWorkshops,
    NavAbout,
    LanguageLabel,
    HomeTitle,
    HomeEmptyTitle,
    HomeEmptyIntro,
    NewWorkshop,
    OpenWorkshopFile,
    NewWorkshopTitle,
    FieldTitle,
    FieldQuestion,
    FieldQuestionHint,
    Create,
    Cancel,
    Close,
    TitleRequired,
    WorkshopNotFound,
    AboutTitle,
    AboutIntro,
    AboutProgrammeTitle,
    AboutProgramme,
    PrivacyTitle,
    PrivacyLocal,
    PrivacyNoServer,
    PrivacyFiles,
    PrivacyDelete,
    NotFoundTitle,
    NotFoundText,
    BackToStart,
    PanicTitle,
    PanicText,
    PanicReload,
}
