package vn.mttq.giamsat.supervision.activity;

import java.util.Set;

/**
 * Where an activity stands: planned, under way, reported, then concluded by the Front
 * body, or cancelled.
 */
public enum ActivityStatus {

	/** Trong kế hoạch: recorded, not started. */
	PLANNED,

	/**
	 * Đang tiến hành: started (for a delegation, the decision is issued and the steps
	 * run).
	 */
	IN_PROGRESS,

	/** Đã có báo cáo kết quả: the result report is written. */
	REPORTED,

	/**
	 * Đã kết luận: the Front body concluded it; its recommendations follow their own
	 * lifecycle.
	 */
	CONCLUDED,

	/** Đã hủy: dropped, with the reason. */
	CANCELLED;

	/**
	 * The statuses this one may move to.
	 * @return the next statuses; none for a final one
	 */
	public Set<ActivityStatus> next() {
		return switch (this) {
			case PLANNED -> Set.of(IN_PROGRESS, CANCELLED);
			case IN_PROGRESS -> Set.of(REPORTED, CANCELLED);
			case REPORTED -> Set.of(CONCLUDED, CANCELLED);
			case CONCLUDED, CANCELLED -> Set.of();
		};
	}

	public boolean isFinal() {
		return next().isEmpty();
	}

}
