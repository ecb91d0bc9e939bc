package vn.mttq.giamsat.console.service;

import java.util.List;

/**
 * One page of a service's list ({@code content}, {@code page} from 0, {@code size},
 * {@code totalElements}, {@code totalPages}), as every list endpoint answers.
 *
 * @param <T> the items' type
 * @param content the items
 * @param page the page number, from 0
 * @param size the page size asked for
 * @param totalElements how many there are in all
 * @param totalPages how many pages there are
 */
public record PageOf<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public PageOf {
		content = (content != null) ? List.copyOf(content) : List.of();
	}

	/** Whether there is a page before this one. */
	public boolean hasPrevious() {
		return this.page > 0;
	}

	/** Whether there is a page after this one. */
	public boolean hasNext() {
		return this.page + 1 < this.totalPages;
	}

}
