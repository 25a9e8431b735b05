package vn.edu2030.projection.math;

/**
 * One yearly value of a series.
 *
 * @param schoolYear the school year by its start year (2024 = school year 2024-2025)
 * @param value a rate in percent (0–100) or a count
 */
public record Observation(int schoolYear, double value) {

}
