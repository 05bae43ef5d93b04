package io.github.isms.wordimport;

/**
 * How much one Word file may ask of an import. A {@code .docx} is a zip: a few kilobytes can claim
 * gigabytes once inflated, so the package is measured before anything is unpacked.
 *
 * @param maxUnpackedBytes the package's parts together, inflated
 * @param maxParts         parts in the package
 * @param maxImageBytes    one embedded image; a larger one is left out with a warning
 */
public record ImportLimits(long maxUnpackedBytes, int maxParts, long maxImageBytes) {

    public static ImportLimits defaults() {
        return new ImportLimits(500L * 1024 * 1024, 10_000, 20L * 1024 * 1024);
    }
}
