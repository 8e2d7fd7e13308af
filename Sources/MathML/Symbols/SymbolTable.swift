/// The fixed vocabulary of LaTeX commands that stand for a single symbol, an operator or a font.
enum SymbolTable {
    /// Greek letters: command name → (character, upright). Capitals are upright, as in TeX.
    static let greek: [String: (String, Bool)] = {
        var table: [String: (String, Bool)] = [:]
        let small: [(String, String)] = [
            ("alpha", "α"), ("beta", "β"), ("gamma", "γ"), ("delta", "δ"), ("epsilon", "ϵ"), ("varepsilon", "ε"),
            ("zeta", "ζ"), ("eta", "η"), ("theta", "θ"), ("vartheta", "ϑ"), ("iota", "ι"), ("kappa", "κ"),
            ("varkappa", "ϰ"), ("lambda", "λ"), ("mu", "μ"), ("nu", "ν"), ("xi", "ξ"), ("omicron", "ο"),
            ("pi", "π"), ("varpi", "ϖ"), ("rho", "ρ"), ("varrho", "ϱ"), ("sigma", "σ"), ("varsigma", "ς"),
            ("tau", "τ"), ("upsilon", "υ"), ("phi", "ϕ"), ("varphi", "φ"), ("chi", "χ"), ("psi", "ψ"),
            ("omega", "ω"), ("digamma", "ϝ"),
        ]
        let capital: [(String, String)] = [
            ("Alpha", "Α"), ("Beta", "Β"), ("Gamma", "Γ"), ("Delta", "Δ"), ("Epsilon", "Ε"), ("Zeta", "Ζ"),
            ("Eta", "Η"), ("Theta", "Θ"), ("Iota", "Ι"), ("Kappa", "Κ"), ("Lambda", "Λ"), ("Mu", "Μ"),
            ("Nu", "Ν"), ("Xi", "Ξ"), ("Omicron", "Ο"), ("Pi", "Π"), ("Rho", "Ρ"), ("Sigma", "Σ"),
            ("Tau", "Τ"), ("Upsilon", "Υ"), ("Phi", "Φ"), ("Chi", "Χ"), ("Psi", "Ψ"), ("Omega", "Ω"),
        ]
        for (name, letter) in small { table[name] = (letter, false) }
        for (name, letter) in capital {
            table[name] = (letter, true)
            table["var" + name] = (letter, false)
        }
        return table
    }()

    /// Symbols written as `<mo>`: command name → (character, class).
    static let operators: [String: (String, AtomClass)] = [
        // Relations.
        "le": ("≤", .relation), "leq": ("≤", .relation), "ge": ("≥", .relation), "geq": ("≥", .relation),
        "neq": ("≠", .relation), "ne": ("≠", .relation), "approx": ("≈", .relation), "equiv": ("≡", .relation),
        "sim": ("∼", .relation), "simeq": ("≃", .relation), "cong": ("≅", .relation), "propto": ("∝", .relation),
        "ll": ("≪", .relation), "gg": ("≫", .relation), "in": ("∈", .relation), "notin": ("∉", .relation),
        "ni": ("∋", .relation), "subset": ("⊂", .relation), "subseteq": ("⊆", .relation),
        "supset": ("⊃", .relation), "supseteq": ("⊇", .relation), "to": ("→", .relation),
        "rightarrow": ("→", .relation), "leftarrow": ("←", .relation), "gets": ("←", .relation),
        "Rightarrow": ("⇒", .relation), "Leftarrow": ("⇐", .relation), "Leftrightarrow": ("⇔", .relation),
        "leftrightarrow": ("↔", .relation), "longrightarrow": ("⟶", .relation), "longleftarrow": ("⟵", .relation),
        "Longrightarrow": ("⟹", .relation), "implies": ("⟹", .relation), "iff": ("⟺", .relation),
        "mapsto": ("↦", .relation), "uparrow": ("↑", .relation), "downarrow": ("↓", .relation),
        "perp": ("⊥", .relation), "parallel": ("∥", .relation), "mid": ("∣", .relation),
        "coloneqq": ("≔", .relation), "triangleq": ("≜", .relation), "models": ("⊨", .relation),
        "prec": ("≺", .relation), "succ": ("≻", .relation), "leqslant": ("⩽", .relation),
        "geqslant": ("⩾", .relation),
        // Binary operations.
        "cdot": ("⋅", .binary), "times": ("×", .binary), "div": ("÷", .binary), "pm": ("±", .binary),
        "mp": ("∓", .binary), "cup": ("∪", .binary), "cap": ("∩", .binary), "setminus": ("∖", .binary),
        "circ": ("∘", .binary), "ast": ("∗", .binary), "star": ("⋆", .binary), "bullet": ("∙", .binary),
        "oplus": ("⊕", .binary), "ominus": ("⊖", .binary), "otimes": ("⊗", .binary), "odot": ("⊙", .binary),
        "wedge": ("∧", .binary), "land": ("∧", .binary), "vee": ("∨", .binary), "lor": ("∨", .binary),
        // Ordinary symbols.
        "partial": ("∂", .ordinary), "nabla": ("∇", .ordinary), "forall": ("∀", .ordinary),
        "exists": ("∃", .ordinary), "nexists": ("∄", .ordinary), "neg": ("¬", .ordinary), "lnot": ("¬", .ordinary),
        "ldots": ("…", .ordinary), "dots": ("…", .ordinary), "dotsc": ("…", .ordinary),
        "dotsb": ("⋯", .ordinary), "cdots": ("⋯", .ordinary), "vdots": ("⋮", .ordinary),
        "ddots": ("⋱", .ordinary), "prime": ("′", .ordinary), "angle": ("∠", .ordinary),
        "triangle": ("△", .ordinary), "top": ("⊤", .ordinary), "bot": ("⊥", .ordinary),
        "dagger": ("†", .ordinary), "backslash": ("∖", .ordinary), "surd": ("√", .ordinary),
        "colon": (":", .punctuation),
        // Delimiters used inline.
        "{": ("{", .opening), "}": ("}", .closing), "lbrace": ("{", .opening), "rbrace": ("}", .closing),
        "langle": ("⟨", .opening), "rangle": ("⟩", .closing), "lfloor": ("⌊", .opening), "rfloor": ("⌋", .closing),
        "lceil": ("⌈", .opening), "rceil": ("⌉", .closing), "lvert": ("|", .opening), "rvert": ("|", .closing),
        "lVert": ("‖", .opening), "rVert": ("‖", .closing), "vert": ("|", .ordinary), "Vert": ("‖", .ordinary),
        "|": ("‖", .ordinary), "lbrack": ("[", .opening), "rbrack": ("]", .closing),
        // Escaped characters.
        "%": ("%", .ordinary), "#": ("#", .ordinary), "&": ("&", .ordinary), "$": ("$", .ordinary),
    ]

    /// Letter-like symbols written as upright `<mi>`: command name → character.
    static let letterLike: [String: String] = [
        "infty": "∞", "emptyset": "∅", "varnothing": "∅", "ell": "ℓ", "hbar": "ℏ", "Re": "ℜ", "Im": "ℑ",
        "aleph": "ℵ", "wp": "℘", "_": "_",
    ]

    /// Large operators: command name → (character, limits under/over in display style).
    static let largeOperators: [String: (String, Bool)] = [
        "sum": ("∑", true), "prod": ("∏", true), "coprod": ("∐", true), "bigcup": ("⋃", true),
        "bigcap": ("⋂", true), "bigoplus": ("⨁", true), "bigotimes": ("⨂", true), "bigvee": ("⋁", true),
        "bigwedge": ("⋀", true), "int": ("∫", false), "iint": ("∬", false), "iiint": ("∭", false),
        "oint": ("∮", false),
    ]

    /// Named functions written upright: command name → (name, limits under/over in display style).
    static let functions: [String: (String, Bool)] = [
        "lim": ("lim", true), "limsup": ("lim sup", true), "liminf": ("lim inf", true), "max": ("max", true),
        "min": ("min", true), "sup": ("sup", true), "inf": ("inf", true), "argmax": ("argmax", true),
        "argmin": ("argmin", true), "det": ("det", true), "Pr": ("Pr", true), "gcd": ("gcd", true),
        "log": ("log", false), "ln": ("ln", false), "lg": ("lg", false), "exp": ("exp", false),
        "sin": ("sin", false), "cos": ("cos", false), "tan": ("tan", false), "cot": ("cot", false),
        "sec": ("sec", false), "csc": ("csc", false), "sinh": ("sinh", false), "cosh": ("cosh", false),
        "tanh": ("tanh", false), "coth": ("coth", false), "arcsin": ("arcsin", false),
        "arccos": ("arccos", false), "arctan": ("arctan", false), "arg": ("arg", false), "dim": ("dim", false),
        "ker": ("ker", false), "deg": ("deg", false), "hom": ("hom", false), "mod": ("mod", false),
    ]

    /// Accents: command name → (mark, under the base, stretches with the base). The marks are those that
    /// Chromium places and stretches well with Latin Modern Math (U+0332 for over- and underlines,
    /// U+0302 for `\widehat`, U+223C for `\widetilde`).
    static let accents: [String: (String, Bool, Bool)] = [
        "hat": ("ˆ", false, false), "widehat": ("\u{302}", false, true), "bar": ("¯", false, false),
        "overline": ("\u{332}", false, true), "underline": ("\u{332}", true, true), "vec": ("→", false, false),
        "overrightarrow": ("→", false, true), "overleftarrow": ("←", false, true), "tilde": ("˜", false, false),
        "widetilde": ("∼", false, true), "dot": ("˙", false, false), "ddot": ("¨", false, false),
        "check": ("ˇ", false, false), "breve": ("˘", false, false), "acute": ("´", false, false),
        "grave": ("`", false, false), "mathring": ("˚", false, false), "overbrace": ("⏞", false, true),
        "underbrace": ("⏟", true, true),
    ]

    /// Font commands: command name → font.
    static let fonts: [String: MathFont] = [
        "mathrm": .roman, "mathit": .italic, "mathbf": .bold, "boldsymbol": .boldItalic, "bm": .boldItalic,
        "mathcal": .script, "mathscr": .script, "mathbb": .doubleStruck, "mathfrak": .fraktur,
        "mathsf": .sansSerif, "mathtt": .monospace,
    ]

    /// Spacing commands: command name (or control symbol) → width in em.
    static let spaces: [String: String] = [
        ",": "0.1667em", "thinspace": "0.1667em", ":": "0.2222em", ">": "0.2222em", "medspace": "0.2222em",
        ";": "0.2778em", "thickspace": "0.2778em", "!": "-0.1667em", "negthinspace": "-0.1667em",
        " ": "0.3333em", "quad": "1em", "qquad": "2em", "enspace": "0.5em",
    ]

    /// Delimiters allowed after `\left`, `\right`, `\middle` and `\big`: token → character (`""` for `.`).
    static let delimiters: [String: String] = [
        "(": "(", ")": ")", "[": "[", "]": "]", "|": "|", "/": "/", ".": "", "<": "⟨", ">": "⟩",
        "\\{": "{", "\\}": "}", "\\|": "‖", "\\lbrace": "{", "\\rbrace": "}", "\\langle": "⟨",
        "\\rangle": "⟩", "\\vert": "|", "\\Vert": "‖", "\\lvert": "|", "\\rvert": "|", "\\lVert": "‖",
        "\\rVert": "‖", "\\lfloor": "⌊", "\\rfloor": "⌋", "\\lceil": "⌈", "\\rceil": "⌉", "\\lbrack": "[",
        "\\rbrack": "]", "\\backslash": "∖", "\\uparrow": "↑", "\\downarrow": "↓", "\\mid": "∣",
    ]

    /// Sizes of `\big`-style delimiters: command name → (height, class).
    static let bigDelimiters: [String: (String, AtomClass)] = [
        "big": ("1.2em", .ordinary), "Big": ("1.8em", .ordinary), "bigg": ("2.4em", .ordinary),
        "Bigg": ("3em", .ordinary), "bigl": ("1.2em", .opening), "Bigl": ("1.8em", .opening),
        "biggl": ("2.4em", .opening), "Biggl": ("3em", .opening), "bigr": ("1.2em", .closing),
        "Bigr": ("1.8em", .closing), "biggr": ("2.4em", .closing), "Biggr": ("3em", .closing),
        "bigm": ("1.2em", .relation), "Bigm": ("1.8em", .relation), "biggm": ("2.4em", .relation),
        "Biggm": ("3em", .relation),
    ]

    /// The class of a character typed directly in a formula (`+`, `≤`, `(`), for characters that are not letters or digits.
    static func atomClass(of character: Character) -> AtomClass {
        switch character {
        case "+", "*", "−", "×", "÷", "±", "∓", "⋅", "·", "∪", "∩", "∘", "∗", "⊕", "⊗", "∧", "∨": return .binary
        case "=", "<", ">", ":", "≤", "≥", "≠", "≈", "≡", "∼", "∈", "∉", "⊂", "⊆", "⊃", "⊇", "→", "←", "⇒", "⇐",
             "⇔", "↔", "↦", "∝", "≪", "≫", "∣":
            return .relation
        case "(", "[", "⟨", "⌊", "⌈": return .opening
        case ")", "]", "⟩", "⌋", "⌉", "!", "?": return .closing
        case ",", ";": return .punctuation
        default: return .ordinary
        }
    }
}
