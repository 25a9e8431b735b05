package vn.edu2030.generate;

/**
 * Province-level rates the model steers towards: the centre of the commune rates, or the
 * exact rate where a published figure fixes it (former Kon Tum's 5-year-olds in
 * 2018-2019).
 */
enum Rate {

	NURSERY, KINDER, AGE5, PRE_TWO_SESSION, PRE_QUALIFIED, PRE_SOLID, PRI_NER, PRI_COMPLETION, PRI_TRANSITION,
	PRI_TWO_SESSION, PRI_SOLID, LSE_NER, LSE_COMPLETION, LSE_TRANSITION, LSE_SOLID, PRE_NATSTD, PRI_NATSTD, LSE_NATSTD,
	PRILSE_NATSTD, USE_NATSTD

}
