/**
 * Signals and the closed approach (sluitende aanpak): every report that a youth needs attention, from a
 * partner form or an imported RMC/DUO or youth-care list, is routed to a coaching organisation, triaged
 * within a deadline and ends with an owner and an outcome. Also the "Iedereen in beeld" monitor.
 */
@NullMarked
package nl.overstap.signal;

import org.jspecify.annotations.NullMarked;
