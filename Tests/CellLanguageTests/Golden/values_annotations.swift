// Lesson 1: constants, variables and their types, with and without annotations.
import Foundation
let studentCount = 24
let averageGrade = 7.25
let courseName = "Machine learning per principianti"
let isOnline = false
let initial: Character = "M"

var enrolled: Int = 20
var budget: Double = 1500
var title: String = "Introduzione"
var passed: Bool = true
var grade: Character = "B"

print(studentCount, averageGrade, courseName, isOnline, initial)
print(enrolled, budget, title, passed, grade)

enrolled += 4
budget -= 250.5
title += " ai dati"
passed = !passed
grade = "A"
print(enrolled, budget, title, passed, grade)

// Literals adapt to the annotated type.
let wholeAsDouble: Double = 3
let ratio = Double(enrolled) / Double(studentCount)
let percentage = Int(ratio * 100)
print(wholeAsDouble, ratio, percentage)

// Integer division truncates, remainder keeps the sign of the dividend.
let a = 17, b = 5
print(a / b, a % b, -a / b, -a % b)
print(Double(a) / Double(b))

// Type conversions between numbers and strings.
let parsed = Int("42")
let notANumber = Int("quarantadue")
let parsedDouble = Double("2.5")
print(parsed as Any, notANumber as Any, parsedDouble as Any)
print(String(percentage) + "%", String(averageGrade))
print(Int(7.9), Int(-7.9), Double(7))

// Multiple assignment through a tuple.
var (low, high) = (1, 10)
(low, high) = (high, low)
print("low:", low, "high:", high)

// Min and max of the built-in integer type.
print(Int.max, Int.min)
print(Int.max &+ 1 == Int.min)
