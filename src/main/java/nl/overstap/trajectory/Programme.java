package nl.overstap.trajectory;

import java.util.UUID;

/** A regional programme (aanpak), e.g. Rode loper coaching. */
public record Programme(UUID id, String code, String name) {}
