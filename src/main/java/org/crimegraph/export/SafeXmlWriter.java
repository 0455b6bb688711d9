package org.crimegraph.export;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.stream.util.StreamWriterDelegate;
import org.crimegraph.text.SafeText;

/**
 * An {@link XMLStreamWriter} that passes every text and attribute value through {@link SafeText}, so an
 * export never holds a character XML 1.0 forbids (a control character in a name made GraphML and GEXF
 * files that no reader opens) nor a bidi override. Wrap once where the writer is created.
 */
final class SafeXmlWriter extends StreamWriterDelegate {

    SafeXmlWriter(XMLStreamWriter writer) {
        super(writer);
    }

    @Override
    public void writeCharacters(String text) throws XMLStreamException {
        super.writeCharacters(SafeText.neutraliseKeepingLayout(text));
    }

    @Override
    public void writeCharacters(char[] text, int start, int len) throws XMLStreamException {
        writeCharacters(new String(text, start, len));
    }

    @Override
    public void writeAttribute(String localName, String value) throws XMLStreamException {
        super.writeAttribute(localName, SafeText.neutralise(value));
    }

    @Override
    public void writeAttribute(String namespaceURI, String localName, String value) throws XMLStreamException {
        super.writeAttribute(namespaceURI, localName, SafeText.neutralise(value));
    }

    @Override
    public void writeAttribute(String prefix, String namespaceURI, String localName, String value)
            throws XMLStreamException {
        super.writeAttribute(prefix, namespaceURI, localName, SafeText.neutralise(value));
    }

    @Override
    public void writeCData(String data) throws XMLStreamException {
        super.writeCData(SafeText.neutraliseKeepingLayout(data).replace("]]>", "]]]]><![CDATA[>"));
    }

    @Override
    public void writeComment(String data) throws XMLStreamException {
        super.writeComment(SafeText.neutralise(data).replace("--", "- -"));
    }
}
