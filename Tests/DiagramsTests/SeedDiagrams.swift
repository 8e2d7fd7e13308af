/// The two mermaid diagrams of course seed 001 (the transformer decoder and its legend), verbatim.
enum SeedDiagrams {
    /// The decoder-only transformer: subgraphs, dotted links, a labelled back link, classDef colours.
    static let decoder = #"""
flowchart TD
    %% Input Processing
    A["📝 Prompt: <br/>'Il gatto è'"] --> B["🔤 Tokenization"]
    B --> C["📊 Token Embeddings"]
    C --> D["📍 Positional Encoding"]
    D --> E["➕ Input + Position"]
    
    %% Single Decoder Layer (with background)
    subgraph DecoderLayer1 ["🔷 Decoder Layer 1"]
        E --> F1["🧠 Multi-Head Self-Attention<br/>(Causal Mask)"]
        F1 --> G1["➕ Add & Norm"]
        G1 --> H1["⚡ Feed Forward<br/>Network"]
        H1 --> I1["➕ Add & Norm"]
    end
    
    %% Decoder Layer 2
    subgraph DecoderLayer2 ["🔷 Decoder Layer 2"]
        I1 --> F2["🧠 Multi-Head Self-Attention<br/>(Causal Mask)"]
        F2 --> G2["➕ Add & Norm"]
        G2 --> H2["⚡ Feed Forward<br/>Network"]
        H2 --> I2["➕ Add & Norm"]
    end
    
    %% Decoder Layer N (indicating more layers)
    subgraph DecoderLayerN ["🔷 Decoder Layer N"]
        I2 --> FN["🧠 Multi-Head Self-Attention<br/>(Causal Mask)"]
        FN --> GN["➕ Add & Norm"]
        GN --> HN["⚡ Feed Forward<br/>Network"]
        HN --> IN["➕ Add & Norm"]
    end
    
    %% Output Processing
    IN --> K["🎯 Final Hidden States"]
    K --> L["📐 Linear Layer<br/>(Vocab Projection)"]
    L --> M["🎲 Softmax"]
    M --> N["🔤 Generated Token<br/>'seduto'"]
    
    %% Autoregressive Feedback
    N --> O["📝 Append to Sequence"]
    O --> P["📄 New I.:<br/>'Il gatto è seduto'"]
    P --> Q{"🔄 Continue<br/>Generation?"}
    Q -->|Yes| B
    Q -->|No| R["✅ Final Output"]
    
    %% Causal Masking
    S["🚫 Causal Mask<br/>Lower Triangular Matrix<br/>No Future Tokens"] -.-> F1
    S -.-> F2
    S -.-> FN
    
    %% Styling
    classDef inputStage fill:#e3f2fd,stroke:#1565c0,stroke-width:2px
    classDef decoderStage fill:#f3e5f5,stroke:#4a148c,stroke-width:2px
    classDef outputStage fill:#e8f5e8,stroke:#2e7d32,stroke-width:2px
    classDef loopStage fill:#fff3e0,stroke:#f57c00,stroke-width:2px
    classDef maskStage fill:#ffebee,stroke:#d32f2f,stroke-width:2px
    classDef decoderLayerBg fill:#f8f4ff,stroke:#6a1b9a,stroke-width:2px,stroke-dasharray: 5 5
    
    class A,B,C,D,E inputStage
    class F1,G1,H1,I1,F2,G2,H2,I2,FN,GN,HN,IN,K decoderStage
    class L,M,N,R outputStage
    class O,P,Q loopStage
    class S maskStage
    class DecoderLayer1,DecoderLayer2,DecoderLayerN decoderLayerBg
"""#

    /// The legend: nested subgraphs with `direction`, a link between subgraphs, bold large text.
    static let legend = #"""
flowchart TD
    %% Legend and Descriptions - Layout verticale
    subgraph Legend ["📋 Descrizione dei Blocchi"]
        direction TB
        
        subgraph Row1 ["Prima Parte"]
            direction LR
            subgraph OutputDesc ["🟢 OUTPUT STAGE"]
                O1["🎯 Hidden States:<br/>Rappresentazioni elaborate<br/>dai decoder"]
                O2["📐 Linear Layer:<br/>Proiezione verso<br/>dimensione vocabolario"]
                O3["🎲 Softmax:<br/>Conversione in probabilità<br/>per ogni token"]
            end
            
            subgraph DecoderDesc ["🟣 DECODER STAGE"]
                D1["🧠 Masked Self-Attention:<br/>Calcola relazioni tra token<br/>con maschera causale"]
                D2["➕ Add & Norm:<br/>Connessione residuale<br/>+ normalizzazione"]
                D3["⚡ Feed Forward:<br/>Rete neurale per<br/>elaborazione non-lineare"]
            end
            
            subgraph InputDesc ["🔵 INPUT STAGE"]
                I1["📝 Prompt Text:<br/>Testo di input fornito dall'utente"]
                I2["🔤 Tokenization:<br/>Conversione del testo in token numerici"]
                I3["📊 Token Embeddings:<br/>Rappresentazione vettoriale dei token"]
            end
        end
        
        Row1 --> Row2
        
        subgraph Row2 ["Seconda Parte"]
            direction LR
            subgraph LoopDesc ["🟠 AUTOREGRESSIVE LOOP"]
                L1["📝 Append:<br/>Aggiunge nuovo token<br/>alla sequenza"]
                L2["📄 New Input:<br/>Sequenza estesa diventa<br/>nuovo input"]
                L3["🔄 Continue:<br/>Ripete il processo per<br/>token successivo"]
            end
            
            subgraph MaskDesc ["🔴 CAUSAL MASKING"]
                M1["🚫 Causal Mask:<br/>Matrice triangolare<br/>inferiore"]
                M2["⏮️ Solo passato:<br/>Impedisce accesso<br/>a token futuri"]
                M3["🔒 Autoregressive:<br/>Garantisce generazione<br/>sequenziale"]
            end
            
            subgraph ExtraDesc ["ℹ️ LAYER DETAILS"]
                E1["📚 × N Layers:<br/>Stack di layer<br/>decoder identici"]
                E2["🔤 Generated Token:<br/>Token con probabilità<br/>più alta"]
                E3["📍 Positional Encoding:<br/>Informazione sulla<br/>posizione nel testo"]
            end
        end
    end
    
    %% Styling with larger fonts
    classDef largeText font-size:18px,font-weight:bold,fill:#ffffff,stroke:#333333,stroke-width:2px
    
    class I1,I2,I3,D1,D2,D3,O1,O2,O3,L1,L2,L3,M1,M2,M3,E1,E2,E3 largeText
"""#
}
