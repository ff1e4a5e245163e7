package dev.trustflow.sim.cli;

import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.ParseException;

/** Reads a JWKS (or a single JWK) file given on the command line; every problem is one line naming the file. */
final class JwksFile {

    /** A key set larger than this is refused unread. */
    static final long MAX_BYTES = 1024 * 1024;

    /** What is wrong with the file, as one line that names it. */
    static final class Problem extends Exception {
        Problem(String message) {
            super(message);
        }
    }

    private JwksFile() {
    }

    static JWKSet read(Path file) throws Problem {
        String json;
        try {
            if (Files.isDirectory(file)) {
                throw new Problem(file + ": is a directory, expected a JWKS JSON file");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new Problem(file + ": " + size + " bytes is larger than the 1 MB a JWKS may have");
            }
            json = Files.readString(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new Problem(file + ": no such file");
        } catch (IOException e) {
            throw new Problem(file + ": cannot be read (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
        try {
            return JWKSet.parse(json);
        } catch (ParseException setProblem) {
            try {
                return new JWKSet(JWK.parse(json));
            } catch (ParseException keyProblem) {
                throw new Problem(file + ": not a JWKS ({\"keys\": [...]}) nor a single JWK: "
                        + firstLine(setProblem.getMessage()));
            }
        }
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "invalid JSON";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
