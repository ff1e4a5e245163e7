package dev.trustflow.app.playlist;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads and writes {@code *.tfplaylist.json} ({@code "format": "trustflow-playlist/1"}). Writes go to a temp
 * file, then an atomic move. Reading treats the file as untrusted: size and nesting limits, every field
 * checked, a relative trace path taken from the playlist's own folder.
 */
public final class PlaylistCodec {

    public static final String FORMAT = "trustflow-playlist/1";
    public static final String SUFFIX = ".tfplaylist.json";
    public static final long MAX_BYTES = 1024 * 1024;
    public static final int MAX_ITEMS = 500;

    private final ObjectMapper mapper;

    public PlaylistCodec() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(16)
                        .maxDocumentLength(MAX_BYTES).build())
                .build();
        mapper = new ObjectMapper(factory).enable(SerializationFeature.INDENT_OUTPUT);
    }

    public String toJson(Playlist playlist) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("title", playlist.title());
        ArrayNode items = root.putArray("items");
        for (PlaylistItem item : playlist.items()) {
            ObjectNode node = items.addObject();
            node.put("type", item.kind() == PlaylistItem.Kind.ENTRY ? "entry" : "trace");
            node.put("title", item.title());
            if (item.kind() == PlaylistItem.Kind.ENTRY) {
                node.put("entry", item.entry());
                node.put("seed", item.seed());
                node.set("options", mapper.valueToTree(item.options()));
            } else {
                node.put("path", item.trace().toString());
            }
        }
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("playlist cannot be written as JSON", e);
        }
    }

    /** Writes atomically; trace paths are kept as they are. */
    public void write(Playlist playlist, Path file) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        Path tmp = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(tmp, toJson(playlist), StandardCharsets.UTF_8);
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    public Playlist read(Path file) throws PlaylistFormatException {
        String name = String.valueOf(file.getFileName());
        try {
            if (!Files.isRegularFile(file)) {
                throw new PlaylistFormatException(name + ": no such file");
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new PlaylistFormatException(name + ": larger than the 1 MB a playlist may have");
            }
            Path folder = file.toAbsolutePath().getParent();
            return parse(Files.readString(file, StandardCharsets.UTF_8), name, folder);
        } catch (IOException e) {
            throw new PlaylistFormatException(name + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Parses {@code json}; {@code name} goes into messages, relative trace paths resolve against {@code folder}. */
    public Playlist parse(String json, String name, Path folder) throws PlaylistFormatException {
        JsonNode root;
        try {
            root = mapper.readTree(json);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            throw new PlaylistFormatException(name + ": not valid JSON" + (at == null ? ""
                    : " (line " + at.getLineNr() + ", column " + at.getColumnNr() + ")"));
        }
        if (root == null || !root.isObject()) {
            throw new PlaylistFormatException(name + ": not a playlist (expected a JSON object)");
        }
        if (!FORMAT.equals(root.path("format").asText(null))) {
            throw new PlaylistFormatException(name + ": \"format\" must be \"" + FORMAT + "\"");
        }
        JsonNode items = root.get("items");
        if (items == null || !items.isArray()) {
            throw new PlaylistFormatException(name + ": \"items\" must be a list");
        }
        if (items.size() > MAX_ITEMS) {
            throw new PlaylistFormatException(name + ": more than " + MAX_ITEMS + " items");
        }
        List<PlaylistItem> read = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            read.add(new ItemReader(name + ": item " + (i + 1), folder).read(items.get(i)));
        }
        JsonNode title = root.get("title");
        return new Playlist(title != null && title.isTextual() ? title.asText() : "", read);
    }
}
