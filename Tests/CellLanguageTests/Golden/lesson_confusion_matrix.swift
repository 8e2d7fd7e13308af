// Regression: a switch over a tuple of two Bools covering the four combinations is exhaustive.
// Lesson: evaluating a spam filter with a confusion matrix.
import Foundation
let actual = ["spam", "ham", "spam", "ham", "ham", "spam", "ham", "spam", "ham", "ham"]
let scores = [0.91, 0.12, 0.45, 0.60, 0.05, 0.88, 0.30, 0.72, 0.51, 0.20]
// --- cell ---
func evaluate(threshold: Double) -> (tp: Int, fp: Int, tn: Int, fn: Int) {
    var result = (tp: 0, fp: 0, tn: 0, fn: 0)
    for (label, score) in zip(actual, scores) {
        let predictedSpam = score >= threshold
        switch (label == "spam", predictedSpam) {
        case (true, true): result.tp += 1
        case (false, true): result.fp += 1
        case (false, false): result.tn += 1
        case (true, false): result.fn += 1
        }
    }
    return result
}
let m = evaluate(threshold: 0.5)
print(m)
print("            pred spam  pred ham")
print(String(format: "real spam   %9d %9d", m.tp, m.fn))
print(String(format: "real ham    %9d %9d", m.fp, m.tn))
// --- cell ---
func metrics(_ m: (tp: Int, fp: Int, tn: Int, fn: Int)) -> (accuracy: Double, precision: Double, recall: Double, f1: Double) {
    let total = Double(m.tp + m.fp + m.tn + m.fn)
    let accuracy = Double(m.tp + m.tn) / total
    let precision = m.tp + m.fp == 0 ? 0 : Double(m.tp) / Double(m.tp + m.fp)
    let recall = m.tp + m.fn == 0 ? 0 : Double(m.tp) / Double(m.tp + m.fn)
    let f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall)
    return (accuracy, precision, recall, f1)
}
let r = metrics(m)
print(String(format: "accuracy %.3f precision %.3f recall %.3f f1 %.3f", r.accuracy, r.precision, r.recall, r.f1))
// --- cell ---
// Sweeping the threshold.
var bestThreshold = 0.0
var bestF1 = -1.0
for threshold in stride(from: 0.1, through: 0.9, by: 0.2) {
    let e = evaluate(threshold: threshold)
    let s = metrics(e)
    print(String(format: "t=%.1f tp=%d fp=%d tn=%d fn=%d f1=%.3f", threshold, e.tp, e.fp, e.tn, e.fn, s.f1))
    if s.f1 > bestF1 {
        bestF1 = s.f1
        bestThreshold = threshold
    }
}
print(String(format: "best threshold %.1f (f1 %.3f)", bestThreshold, bestF1))
