/**
 * The youth file (dossier) page: header, phase stepper, the timeline of phase changes and contacts,
 * and the next steps the viewer may take; plus "who looked at this file" for coordinators. A read
 * model over the youth, trajectory and contact tables: at most three queries and one access-log row.
 */
@NullMarked
package nl.overstap.casefile;

import org.jspecify.annotations.NullMarked;
