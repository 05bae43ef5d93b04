/**
 * Writing CSV for spreadsheets: cells that a spreadsheet would read as a formula are neutralised.
 */
package io.github.isms.csv;
