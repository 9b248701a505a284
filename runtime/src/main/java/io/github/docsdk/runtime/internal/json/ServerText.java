package io.github.docsdk.runtime.internal.json;

/**
 * Makes text a server sent safe to put in an exception message or a log line: control characters are
 * escaped (a CR/LF in an error message cannot forge a log line) and the text is cut to a bounded length,
 * saying so, so a 10 MB message never travels with an exception.
 */
public final class ServerText {
    /** How many characters of a server's error message an exception keeps. */
    public static final int MAX_MESSAGE_CHARS = 4096;
    /** How many characters of a short server value (error code, request id, header) are kept. */
    public static final int MAX_TOKEN_CHARS = 256;

    private ServerText() {
    }

    /**
     * @param text the server's text, or {@code null}
     * @param maxChars how many characters of {@code text} to keep
     * @return {@code null} for {@code null}; else the text with control characters written as {@code \n},
     *     {@code \r}, {@code \t} or {@code \\uXXXX}, cut after {@code maxChars} characters with a note of the
     *     full length
     */
    public static String clean(String text, int maxChars) {
        if (text == null) {
            return null;
        }
        int n = Math.min(text.length(), maxChars);
        if (n > 0 && n < text.length() && Character.isHighSurrogate(text.charAt(n - 1))) {
            n--; // never split a surrogate pair
        }
        if (n == text.length() && isClean(text)) {
            return text;
        }
        StringBuilder sb = new StringBuilder(n + 48);
        appendEscaped(sb, text, n);
        if (n < text.length()) {
            sb.append("... [cut: ").append(text.length()).append(" characters in all]");
        }
        return sb.toString();
    }

    /** Appends the first {@code n} characters of {@code text}, control characters escaped. */
    static void appendEscaped(StringBuilder sb, CharSequence text, int n) {
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                sb.append("\\n");
            } else if (c == '\r') {
                sb.append("\\r");
            } else if (c == '\t') {
                sb.append("\\t");
            } else if (isControl(c)) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
    }

    private static boolean isClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (isControl(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** C0, DEL, C1, and the Unicode line and paragraph separators some log viewers break lines at. */
    private static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029';
    }
}
