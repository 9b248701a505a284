package io.github.docsdk.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Reads credentials from an INI file of named profiles, at every call (so an edited file is picked up):
 *
 * <pre>{@code
 * [default]
 * access_key_id = AKID...
 * access_key_password = ...
 *
 * [staging]
 * token = ...            # a bearer token instead of a key pair
 * }</pre>
 *
 * <p>Lines starting with {@code #} or {@code ;} are comments; names and values are trimmed. A missing file,
 * profile or key, or a line that is neither a section, a {@code key = value} pair nor a comment gives a
 * {@link ZenlayerClientException} naming the file and line, never a value. {@link #toString()} shows the file
 * and profile only.
 */
public final class ProfileCredentialsProvider implements CredentialsProvider {
    /** Environment variable naming the profile of the default file. */
    public static final String PROFILE_VARIABLE = "ZENLAYER_PROFILE";
    /** The profile used when none is named. */
    public static final String DEFAULT_PROFILE = "default";

    private final Path file;
    private final String profile;

    private ProfileCredentialsProvider(Path file, String profile) {
        this.file = file;
        this.profile = profile;
    }

    /**
     * @param file the credentials file
     * @param profile the section to read, e.g. {@code default}
     * @return the provider (the file is read when credentials are needed)
     */
    public static ProfileCredentialsProvider of(Path file, String profile) {
        Objects.requireNonNull(file, "file");
        if (profile == null || profile.isBlank()) {
            throw new IllegalArgumentException("profile must not be null or blank");
        }
        return new ProfileCredentialsProvider(file, profile.trim());
    }

    /** @return {@code ~/.zenlayer/credentials} with the profile {@code $ZENLAYER_PROFILE}, or {@code default} */
    public static ProfileCredentialsProvider create() {
        return fromEnvironment(System::getenv, Path.of(System.getProperty("user.home", ".")));
    }

    /**
     * @param environment the environment lookup
     * @param home the user's home directory
     * @return {@code <home>/.zenlayer/credentials} with the profile {@code $ZENLAYER_PROFILE}, or {@code default}
     */
    static ProfileCredentialsProvider fromEnvironment(UnaryOperator<String> environment, Path home) {
        String named = environment.apply(PROFILE_VARIABLE);
        String profile = named == null || named.isBlank() ? DEFAULT_PROFILE : named;
        return of(home.resolve(".zenlayer").resolve("credentials"), profile);
    }

    /** @return the file read */
    public Path file() {
        return file;
    }

    /** @return the profile read */
    public String profile() {
        return profile;
    }

    @Override
    public Credentials resolveCredentials() {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new ZenlayerClientException("No credentials file at " + file);
        } catch (IOException e) {
            throw new ZenlayerClientException("Could not read the credentials file " + file + ": "
                    + e.getClass().getSimpleName());
        }
        String section = null;
        boolean found = false;
        int sectionLine = 0;
        String id = null;
        String password = null;
        String token = null;
        for (int i = 0; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i).trim();
            if (i == 0 && line.startsWith("\uFEFF")) {
                line = line.substring(1).trim();
            }
            if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
                continue;
            }
            if (line.startsWith("[")) {
                if (!line.endsWith("]") || line.length() < 3) {
                    throw malformed(lineNo, "a section header must be [name]");
                }
                section = line.substring(1, line.length() - 1).trim();
                if (section.equals(profile)) {
                    if (found) {
                        throw malformed(lineNo, "profile [" + profile + "] appears twice (first at line "
                                + sectionLine + ")");
                    }
                    found = true;
                    sectionLine = lineNo;
                }
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw malformed(lineNo, "expected 'key = value', a [section] or a comment");
            }
            if (section == null) {
                throw malformed(lineNo, "a key before any [section]");
            }
            if (!section.equals(profile)) {
                continue;
            }
            String key = line.substring(0, eq).trim();
            String value = line.substring(eq + 1).trim();
            switch (key) {
                case "access_key_id":
                    id = value;
                    break;
                case "access_key_password":
                    password = value;
                    break;
                case "token":
                    token = value;
                    break;
                default:
                    // other settings (region, output, ...) belong to other tools
                    break;
            }
        }
        if (!found) {
            throw new ZenlayerClientException("No profile [" + profile + "] in the credentials file " + file);
        }
        boolean hasPair = !isBlank(id) || !isBlank(password);
        if (hasPair) {
            if (isBlank(id) || isBlank(password)) {
                throw new ZenlayerClientException(file + ":" + sectionLine + ": profile [" + profile + "] needs both"
                        + " access_key_id (" + (isBlank(id) ? "missing" : "set") + ") and access_key_password ("
                        + (isBlank(password) ? "missing" : "set") + ")");
            }
            return Credentials.of(id, password);
        }
        if (!isBlank(token)) {
            return Credentials.bearerToken(token);
        }
        throw new ZenlayerClientException(file + ":" + sectionLine + ": profile [" + profile + "] has neither"
                + " access_key_id/access_key_password nor token");
    }

    private ZenlayerClientException malformed(int line, String problem) {
        return new ZenlayerClientException(file + ":" + line + ": malformed credentials file: " + problem);
    }

    private static boolean isBlank(String s) {
        return s == null || s.trim().isEmpty();
    }

    @Override
    public String toString() {
        return "ProfileCredentialsProvider[" + file + ", profile=" + profile + "]";
    }
}
