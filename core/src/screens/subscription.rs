//! Listeners of a screen and the handle that stops them: drop it, and the listener is gone.

use std::sync::{Arc, Mutex, PoisonError};

/// A listener's place on a screen. Dropping it (or calling [`Subscription::cancel`]) stops
/// the updates; in Kotlin it is `AutoCloseable`, in Swift it ends when released.
#[cfg_attr(feature = "uniffi", derive(uniffi::Object))]
pub struct Subscription {
    cancel: Mutex<Option<Box<dyn FnOnce() + Send>>>,
}

impl std::fmt::Debug for Subscription {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Subscription").finish_non_exhaustive()
    }
}

impl Subscription {
    /// A subscription that runs `cancel` once, when it is cancelled or dropped.
    pub(crate) fn new(cancel: impl FnOnce() + Send + 'static) -> Arc<Self> {
        Arc::new(Subscription {
            cancel: Mutex::new(Some(Box::new(cancel))),
        })
    }
}

#[cfg_attr(feature = "uniffi", uniffi::export)]
impl Subscription {
    /// Stops the updates now (dropping the subscription does the same). Calling it again
    /// does nothing.
    pub fn cancel(&self) {
        let f = self
            .cancel
            .lock()
            .unwrap_or_else(PoisonError::into_inner)
            .take();
        if let Some(f) = f {
            f();
        }
    }
}

impl Drop for Subscription {
    fn drop(&mut self) {
        self.cancel();
    }
}

/// The listeners of one screen, each with the id its [`Subscription`] removes.
pub(crate) struct Listeners<L: ?Sized> {
    next: u64,
    list: Vec<(u64, Arc<L>)>,
}

impl<L: ?Sized> Default for Listeners<L> {
    fn default() -> Self {
        Listeners {
            next: 0,
            list: Vec::new(),
        }
    }
}

impl<L: ?Sized> Listeners<L> {
    /// Adds a listener; returns the id to remove it by.
    pub(crate) fn add(&mut self, listener: Arc<L>) -> u64 {
        self.next += 1;
        self.list.push((self.next, listener));
        self.next
    }

    /// Removes the listener with `id`; returns whether any listener is left.
    pub(crate) fn remove(&mut self, id: u64) -> bool {
        self.list.retain(|(i, _)| *i != id);
        !self.list.is_empty()
    }

    /// The listeners now (called outside the lock, so a listener may cancel itself).
    pub(crate) fn snapshot(&self) -> Vec<Arc<L>> {
        self.list.iter().map(|(_, l)| Arc::clone(l)).collect()
    }

    /// Whether nobody listens.
    pub(crate) fn is_empty(&self) -> bool {
        self.list.is_empty()
    }
}
