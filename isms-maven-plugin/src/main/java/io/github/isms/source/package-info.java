/**
 * Reading the ISMS folder: files (UTF-8, size limits, symbolic links kept inside), YAML with
 * positions, front matter and isms.yaml.
 */
package io.github.isms.source;
