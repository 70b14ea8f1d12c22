//! One file per page. Pages compose components and read state from context.

pub mod about;
pub mod home;
pub mod not_found;
pub mod workshop;
