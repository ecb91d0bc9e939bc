package vn.mttq.giamsat.support.web;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * One page of a listing, with what a client needs to fetch the next one.
 *
 * @param <T> the type of the listed items
 * @param content the items of this page
 * @param page the zero-based page number
 * @param size the requested page size
 * @param totalElements the number of items across all pages
 * @param totalPages the number of pages
 */
public record PageResponse<T>(List<T> content, int page, int size, long totalElements, int totalPages) {

	public static <S, T> PageResponse<T> of(Page<S> page, Function<S, T> mapper) {
		return new PageResponse<>(page.getContent().stream().map(mapper).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements(), page.getTotalPages());
	}

}
