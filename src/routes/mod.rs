//! One file per page. Pages compose components and read state from context.

pub mod about;
pub mod agenda;
pub mod elsewhere;
mod gate;
pub mod home;
pub mod join;
pub mod methods;
pub mod not_found;
pub mod phone;
pub mod pitch;
pub mod projector;
pub mod start;
pub mod workshop;

pub use gate::WorkshopLayout;
