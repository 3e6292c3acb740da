package vn.motcua.statistics.application;

import java.util.List;

/** One page of a list, with the total count across every page. Pages count from 0. */
public record ResultPage<T>(List<T> rows, long total, int page, int size) {
}
