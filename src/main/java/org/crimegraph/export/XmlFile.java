package org.crimegraph.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.crimegraph.files.PrivateFiles;

/**
 * How the StAX writers ({@link GraphMlWriter}, {@link GexfWriter}) write a file: private, UTF-8,
 * through {@link SafeXmlWriter} (control and bidi-override characters as visible escapes), the XML
 * declaration, the content, the end of the document; a StAX failure becomes an {@link IOException}
 * naming the format.
 */
final class XmlFile {

    /** The document's content after the XML declaration. */
    @FunctionalInterface
    interface Content {
        void write(XMLStreamWriter xml) throws XMLStreamException;
    }

    private XmlFile() {
    }

    /** Writes {@code file}; {@code format} names it in an error ({@code GraphML}, {@code GEXF}). */
    static Path write(Path file, String format, Content content) throws IOException {
        try (OutputStream out = PrivateFiles.newOutputStream(file)) {
            XMLStreamWriter xml = SafeXmlWriter.wrap(XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8"));
            xml.writeStartDocument("UTF-8", "1.0");
            content.write(xml);
            xml.writeEndDocument();
            xml.close();
        } catch (XMLStreamException e) {
            throw new IOException("cannot write " + format + ": " + e.getMessage(), e);
        }
        return file;
    }
}
