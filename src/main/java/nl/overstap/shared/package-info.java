/**
 * The tiny shared kernel: the signed-in user and their role, the access point of a request, the
 * Haaglanden municipalities and the "not found" answer every module gives for unknown and forbidden
 * ids alike. Nothing here knows about youths or trajectories.
 */
@NullMarked
@ApplicationModule(type = ApplicationModule.Type.OPEN)
package nl.overstap.shared;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
