// Bindings: exposes the ML modules to cells.
