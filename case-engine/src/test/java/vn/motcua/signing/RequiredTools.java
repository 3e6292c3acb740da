package vn.motcua.signing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * Tests that need a program from a Debian package (pdfsig, certutil, softhsm2-util): outside CI a missing program
 * skips the test with a visible notice; on CI ({@code CI=true}) it fails the test, since .ci/run installs them.
 */
final class RequiredTools {

    private RequiredTools() {
    }

    /** Aborts (or on CI fails) the test unless {@code command} is on the PATH. */
    static void require(String command, String debianPackage) {
        if (onPath(command)) {
            return;
        }
        String reason = command + " is not installed (Debian package " + debianPackage + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(reason + ": on CI this test must run (.ci/run installs it)");
        }
        System.err.println("[SKIPPED] " + reason + ": apt-get install -y " + debianPackage + " to run this test");
        Assumptions.abort(reason);
    }

    /** Aborts (or on CI fails) the test unless {@code file} exists. */
    static void requireFile(Path file, String debianPackage) {
        if (Files.isReadable(file)) {
            return;
        }
        String reason = file + " is missing (Debian package " + debianPackage + ")";
        if ("true".equals(System.getenv("CI"))) {
            fail(reason + ": on CI this test must run (.ci/run installs it)");
        }
        System.err.println("[SKIPPED] " + reason + ": apt-get install -y " + debianPackage + " to run this test");
        Assumptions.abort(reason);
    }

    private static boolean onPath(String command) {
        String path = System.getenv("PATH");
        if (path == null) {
            return false;
        }
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, command))) {
                return true;
            }
        }
        return false;
    }
}
