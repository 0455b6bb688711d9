package org.crimegraph.export;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import javax.xml.stream.XMLStreamWriter;
import org.crimegraph.text.SafeText;

/**
 * Wraps an {@link XMLStreamWriter} so that every text, attribute value, CDATA section and comment
 * passes through {@link SafeText}: an export never holds a character XML 1.0 forbids (a control
 * character in a name made GraphML and GEXF files that no reader opens) nor a bidi override. Wrap once
 * where the writer is created. (The JDK has no writer delegate class, hence the proxy.)
 */
final class SafeXmlWriter {

    private SafeXmlWriter() {
    }

    /** {@code writer}, neutralising everything written through it. */
    static XMLStreamWriter wrap(XMLStreamWriter writer) {
        return (XMLStreamWriter) Proxy.newProxyInstance(XMLStreamWriter.class.getClassLoader(),
                new Class<?>[] {XMLStreamWriter.class}, (proxy, method, args) -> {
                    Object[] safe = args;
                    String name = method.getName();
                    if (name.equals("writeCharacters") && args.length == 3) {
                        safe = new Object[] {SafeText.neutraliseKeepingLayout(
                                new String((char[]) args[0], (Integer) args[1], (Integer) args[2]))};
                        return invoke(writer, XMLStreamWriter.class.getMethod("writeCharacters", String.class), safe);
                    }
                    if (args != null && args.length > 0 && args[args.length - 1] instanceof String last) {
                        String neutral = switch (name) {
                            case "writeCharacters", "writeCData" -> SafeText.neutraliseKeepingLayout(last);
                            case "writeAttribute" -> SafeText.neutralise(last);
                            case "writeComment" -> SafeText.neutralise(last).replace("--", "- -");
                            default -> last;
                        };
                        safe = args.clone();
                        safe[args.length - 1] = neutral;
                    }
                    return invoke(writer, method, safe);
                });
    }

    private static Object invoke(XMLStreamWriter writer, java.lang.reflect.Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(writer, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
