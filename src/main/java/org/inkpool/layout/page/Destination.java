package org.inkpool.layout.page;

/** Where the bookmark {@code name} is on its page: the top of the line its paragraph begins with. */
public record Destination(String name, double x, double y) implements Landmark {
}
