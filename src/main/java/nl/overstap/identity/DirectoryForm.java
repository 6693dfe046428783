package nl.overstap.identity;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/** What an administrator sets for an organisation in the partner directory. */
record DirectoryForm(
        @Nullable List<String> legalTasks,
        @Nullable String commitments,
        @Nullable UUID contactPersonId) {}
