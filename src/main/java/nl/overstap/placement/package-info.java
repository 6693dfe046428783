/**
 * Places (plekken) offered by employers and schools, and the matching policy that ranks open places for a
 * youth in Match (and candidate youths for a place) with reasons in plain Dutch.
 */
@NullMarked
package nl.overstap.placement;

import org.jspecify.annotations.NullMarked;
