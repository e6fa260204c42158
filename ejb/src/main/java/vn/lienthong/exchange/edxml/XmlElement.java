package vn.lienthong.exchange.edxml;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A small element tree of the parts of a package that are read whole (header, manifest): local
 * name, namespace, trimmed text, attributes and children in document order. Lookups go by local
 * name, because senders differ in namespace prefixes; {@link EdxmlNames} decides which spellings
 * of a name are accepted.
 */
public record XmlElement(String localName, String namespace, String text,
                         Map<String, String> attributes, List<XmlElement> children) {

    public XmlElement {
        attributes = Map.copyOf(attributes);
        children = List.copyOf(children);
    }

    public Optional<XmlElement> child(String... acceptedNames) {
        for (XmlElement c : children) {
            if (EdxmlNames.matches(c.localName(), acceptedNames)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    public List<XmlElement> children(String... acceptedNames) {
        return children.stream().filter(c -> EdxmlNames.matches(c.localName(), acceptedNames)).toList();
    }

    /** The trimmed text of the named child, empty when the child is absent or blank. */
    public Optional<String> childText(String... acceptedNames) {
        return child(acceptedNames).map(XmlElement::text).filter(t -> !t.isEmpty());
    }
}
