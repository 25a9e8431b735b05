package vn.edu2030.report;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathExpressionException;
import javax.xml.xpath.XPathFactory;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Reads the scorecard's pages for the tests. The pages are written as well-formed XML
 * (void elements closed, only the XML entities), so a strict XML parser reads them: a
 * page that fails to parse has broken markup or an unescaped text.
 */
final class ScorecardPages {

	private ScorecardPages() {
	}

	static String read(Path page) {
		try {
			return Files.readString(page, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static final DocumentBuilderFactory FACTORY = DocumentBuilderFactory.newInstance();

	private static final XPathFactory XPATH = XPathFactory.newInstance();

	static {
		try {
			FACTORY.setNamespaceAware(false);
			FACTORY.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
			FACTORY.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
			FACTORY.setExpandEntityReferences(false);
		}
		catch (Exception ex) {
			throw new ExceptionInInitializerError(ex);
		}
	}

	static Document parse(Path page) {
		try {
			DocumentBuilder builder;
			synchronized (FACTORY) {
				builder = FACTORY.newDocumentBuilder();
			}
			builder.setErrorHandler(null);
			return builder.parse(new InputSource(new StringReader(read(page))));
		}
		catch (Exception ex) {
			throw new AssertionError(page + " is not well-formed: " + ex.getMessage(), ex);
		}
	}

	static List<Element> all(Node context, String xpath) {
		try {
			NodeList nodes;
			synchronized (XPATH) {
				nodes = (NodeList) XPATH.newXPath().evaluate(xpath, context, XPathConstants.NODESET);
			}
			List<Element> out = new ArrayList<>();
			for (int i = 0; i < nodes.getLength(); i++) {
				out.add((Element) nodes.item(i));
			}
			return out;
		}
		catch (XPathExpressionException ex) {
			throw new IllegalArgumentException(xpath, ex);
		}
	}

	static Element one(Node context, String xpath) {
		List<Element> found = all(context, xpath);
		if (found.size() != 1) {
			throw new AssertionError(found.size() + " elements for " + xpath);
		}
		return found.get(0);
	}

	/**
	 * Every element under root (root included) by each of its classes, in document order:
	 * one walk instead of an XPath search per question, for the tests that look at every
	 * chart of every page.
	 */
	static Map<String, List<Element>> byClass(Node root) {
		Map<String, List<Element>> index = new HashMap<>();
		Deque<Node> stack = new ArrayDeque<>();
		stack.push(root);
		while (!stack.isEmpty()) {
			Node node = stack.pop();
			if (node instanceof Element e) {
				for (String c : classes(e)) {
					index.computeIfAbsent(c, k -> new ArrayList<>()).add(e);
				}
			}
			NodeList children = node.getChildNodes();
			for (int i = children.getLength() - 1; i >= 0; i--) {
				stack.push(children.item(i));
			}
		}
		return index;
	}

	/** The elements of a class in an index made by {@link #byClass}. */
	static List<Element> of(Map<String, List<Element>> index, String cssClass) {
		return index.getOrDefault(cssClass, List.of());
	}

	/** The classes of an element. */
	static List<String> classes(Element e) {
		String value = e.getAttribute("class");
		return value.isBlank() ? List.of() : List.of(value.trim().split("\\s+"));
	}

	/** XPath test for a class among an element's classes. */
	static String hasClass(String name) {
		return "contains(concat(' ', normalize-space(@class), ' '), ' " + name + " ')";
	}

}
