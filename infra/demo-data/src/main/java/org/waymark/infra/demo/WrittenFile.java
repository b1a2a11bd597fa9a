package org.waymark.infra.demo;

/**
 * One CSV file the generator wrote.
 *
 * @param name the file name ({@code attendance.csv})
 * @param rows data rows, the header not counted
 * @param bytes the file's size
 */
public record WrittenFile(String name, long rows, long bytes) {}
