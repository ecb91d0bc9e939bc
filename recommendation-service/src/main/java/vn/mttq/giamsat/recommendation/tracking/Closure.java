package vn.mttq.giamsat.recommendation.tracking;

/**
 * How a recommendation was closed.
 */
public enum Closure {

	/** The Front verified it resolved (đã giải quyết). */
	RESOLVED,

	/** The Front closed it although it was not resolved (không giải quyết). */
	UNRESOLVED,

	/** The Front agreed with the agency's explanation (đồng ý giải trình). */
	AGREED,

	/** The Front withdrew it (rút kiến nghị). */
	WITHDRAWN

}
