// TextModels module.
