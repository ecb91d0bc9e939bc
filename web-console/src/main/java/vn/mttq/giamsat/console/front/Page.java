package vn.mttq.giamsat.console.front;

import java.util.List;

/**
 * One page of a service's list, as the services answer it.
 *
 * @param <T> the rows' type
 * @param content the rows
 * @param page the page number, from 0
 * @param totalPages how many pages there are
 * @param totalElements how many rows there are
 */
public record Page<T>(List<T> content, int page, int totalPages, long totalElements) {

	public Page {
		content = (content != null) ? List.copyOf(content) : List.of();
	}

}
