package org.inkpool.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Damages a Word package the ways files get damaged or forged: bits flipped, the file cut short, parts
 * reordered or swapped, and the XML inside mutated (ranges deleted or repeated, tags dropped, numbers made
 * extreme, elements nested deeply). Seeded: the same seed and source give the same case.
 */
final class DocumentMutator {
    enum Kind { BIT_FLIP, TRUNCATE, PART_SHUFFLE, XML }

    record Mutant(Kind kind, String description, byte[] data) {
    }

    private static final Pattern NUMBER = Pattern.compile("=\"(-?\\d+)\"");
    private static final Pattern TAG = Pattern.compile("</?w:[A-Za-z]+[^>]*>");

    private DocumentMutator() {
    }

    static Mutant mutate(byte[] source, Random random) throws IOException {
        Kind kind = Kind.values()[random.nextInt(Kind.values().length)];
        return switch (kind) {
            case BIT_FLIP -> bitFlips(source, random);
            case TRUNCATE -> {
                int at = random.nextInt(Math.max(1, source.length));
                yield new Mutant(kind, "cut at byte " + at + " of " + source.length, java.util.Arrays.copyOf(source, at));
            }
            case PART_SHUFFLE -> shuffle(source, random);
            case XML -> xml(source, random);
        };
    }

    private static Mutant bitFlips(byte[] source, Random random) {
        byte[] d = source.clone();
        int flips = 1 + random.nextInt(20);
        for (int i = 0; i < flips && d.length > 0; i++) {
            int at = random.nextInt(d.length);
            d[at] ^= (byte) (1 << random.nextInt(8));
        }
        return new Mutant(Kind.BIT_FLIP, flips + " bits flipped", d);
    }

    private record Part(String name, byte[] data) {
    }

    private static List<Part> parts(byte[] zip) throws IOException {
        List<Part> parts = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new java.io.ByteArrayInputStream(zip))) {
            for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
                parts.add(new Part(e.getName(), readBounded(in)));
            }
        }
        return parts;
    }

    private static byte[] readBounded(InputStream in) throws IOException {
        byte[] data = in.readNBytes(64 << 20);
        if (in.read() >= 0) {
            throw new IOException("a part expands past 64 MB");
        }
        return data;
    }

    private static byte[] zip(List<Part> parts) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            for (Part p : parts) {
                out.putNextEntry(new ZipEntry(p.name()));
                out.write(p.data());
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static Mutant shuffle(byte[] source, Random random) throws IOException {
        List<Part> parts = parts(source);
        if (parts.size() < 2) {
            return bitFlips(source, random);
        }
        String description;
        if (random.nextBoolean()) {
            Collections.shuffle(parts, random);
            description = "parts reordered";
        } else {
            int a = random.nextInt(parts.size());
            int b = random.nextInt(parts.size());
            Part pa = parts.get(a);
            Part pb = parts.get(b);
            parts.set(a, new Part(pa.name(), pb.data()));
            parts.set(b, new Part(pb.name(), pa.data()));
            description = "contents of " + pa.name() + " and " + pb.name() + " swapped";
        }
        return new Mutant(Kind.PART_SHUFFLE, description, zip(parts));
    }

    private static Mutant xml(byte[] source, Random random) throws IOException {
        List<Part> parts = parts(source);
        List<Integer> xmlParts = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            if (parts.get(i).name().endsWith(".xml") || parts.get(i).name().endsWith(".rels")) {
                xmlParts.add(i);
            }
        }
        if (xmlParts.isEmpty()) {
            return bitFlips(source, random);
        }
        // the main part most often: it is where the reader does most of its work
        int index = random.nextInt(3) == 0 ? xmlParts.get(random.nextInt(xmlParts.size()))
                : parts.indexOf(parts.stream().filter(p -> p.name().equals("word/document.xml")).findFirst()
                        .orElse(parts.get(xmlParts.get(0))));
        Part part = parts.get(index);
        String xml = new String(part.data(), StandardCharsets.UTF_8);
        String what;
        int len = xml.length();
        switch (random.nextInt(6)) {
            case 0 -> {
                int from = random.nextInt(Math.max(1, len));
                int to = Math.min(len, from + 1 + random.nextInt(2000));
                xml = xml.substring(0, from) + xml.substring(to);
                what = "deleted characters " + from + "–" + to;
            }
            case 1 -> {
                int from = random.nextInt(Math.max(1, len));
                int to = Math.min(len, from + 1 + random.nextInt(5000));
                String range = xml.substring(from, to);
                xml = xml.substring(0, to) + range.repeat(1 + random.nextInt(50)) + xml.substring(to);
                what = "repeated characters " + from + "–" + to;
            }
            case 2 -> {
                xml = replaceSome(TAG.matcher(xml), random, m -> "");
                what = "dropped some tags";
            }
            case 3 -> {
                xml = replaceSome(NUMBER.matcher(xml), random, m -> "=\"" + extreme(random) + "\"");
                what = "made some numbers extreme";
            }
            case 4 -> {
                Matcher m = TAG.matcher(xml);
                List<int[]> tags = new ArrayList<>();
                while (m.find()) {
                    tags.add(new int[]{m.start(), m.end()});
                }
                if (tags.isEmpty()) {
                    what = "no tags to nest";
                } else {
                    int[] t = tags.get(random.nextInt(tags.size()));
                    String tag = xml.substring(t[0], t[1]);
                    String name = tag.replaceAll("^</?([^ />]+).*$", "$1");
                    int depth = 100 + random.nextInt(5000);
                    xml = xml.substring(0, t[0]) + ("<" + name + ">").repeat(depth) + ("</" + name + ">").repeat(depth)
                            + xml.substring(t[0]);
                    what = "nested <" + name + "> " + depth + " deep";
                }
            }
            default -> {
                int at = random.nextInt(Math.max(1, len));
                String[] junk = {"<", "&", "]]>", "\u0000", "<w:p>", "</w:body>", "&#xFFFF;", "<!DOCTYPE x>", "\uD800"};
                String j = junk[random.nextInt(junk.length)];
                xml = xml.substring(0, at) + j + xml.substring(at);
                what = "inserted " + j.replace("\u0000", "NUL").replace("\uD800", "lone surrogate");
            }
        }
        parts.set(index, new Part(part.name(), xml.getBytes(StandardCharsets.UTF_8)));
        return new Mutant(Kind.XML, part.name() + ": " + what, zip(parts));
    }

    private static String replaceSome(Matcher m, Random random, java.util.function.Function<Matcher, String> with) {
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, Matcher.quoteReplacement(random.nextInt(8) == 0 ? with.apply(m) : m.group()));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String extreme(Random random) {
        long[] values = {0, -1, Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE, 99999999999L, -2000000000};
        return Long.toString(values[random.nextInt(values.length)]);
    }
}
