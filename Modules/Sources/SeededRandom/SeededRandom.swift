// SeededRandom module.
