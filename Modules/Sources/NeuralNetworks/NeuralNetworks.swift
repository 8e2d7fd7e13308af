// NeuralNetworks module.
