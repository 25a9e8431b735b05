/**
 * Projection maths, pure functions with no Spring and no database: a
 * {@link vn.edu2030.projection.math.Series} in, a
 * {@link vn.edu2030.projection.math.RegressionProjection} (least-squares trend,
 * prediction intervals, probability of meeting the target) and a
 * {@link vn.edu2030.projection.math.GrowthRatioAssessment} (actual vs required annual
 * growth) out, each with a {@link vn.edu2030.projection.math.ProjectionStatus}. Start at
 * {@link vn.edu2030.projection.math.Projections}.
 */
package vn.edu2030.projection.math;
