/**
 * Results (resultaten): the figures a region is judged by, for analysts (aggregates only, never a
 * person) and coordinators (who may drill down within their own region). Dashboards read aggregate
 * tables that a scheduled job rebuilds; small cells are suppressed, also secondarily, and headlines
 * carry a 95% interval. Aggregates download as CSV.
 */
@NullMarked
package nl.overstap.results;

import org.jspecify.annotations.NullMarked;
