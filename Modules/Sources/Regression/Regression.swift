// Regression module.
