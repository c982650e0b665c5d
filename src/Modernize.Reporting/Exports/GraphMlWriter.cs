using System.Globalization;
using System.Text;
using System.Xml;

namespace Modernize.Reporting.Exports;

/// <summary>Writes an <see cref="ExportGraph"/> as GraphML (yEd, Gephi, Cytoscape desktop); XmlWriter escapes every value.</summary>
public static class GraphMlWriter
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("project", "node", "project", "string"),
        ("namespace", "node", "namespace", "string"),
        ("cell", "node", "cell", "string"),
        ("types", "node", "types", "int"),
        ("lines", "node", "sourceLines", "int"),
        ("complexity", "node", "complexity", "int"),
        ("weight", "edge", "weight", "int"),
        ("kinds", "edge", "kinds", "string"),
        ("samples", "edge", "samples", "string"),
    ];

    public static void Write(ExportGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);

        // Characters XML cannot carry are replaced by Clean before they reach the writer, so CheckCharacters never throws.
        using var xml = XmlWriter.Create(output, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false), CheckCharacters = true });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var key in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", key.Id);
            xml.WriteAttributeString("for", key.For);
            xml.WriteAttributeString("attr.name", key.Name);
            xml.WriteAttributeString("attr.type", key.Type);
            xml.WriteEndElement();
        }

        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", Clean(graph.Name));
        xml.WriteAttributeString("edgedefault", "directed");
        foreach (var node in graph.Nodes)
        {
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", Clean(node.Id));
            Data(xml, "label", node.Label);
            Data(xml, "kind", node.Kind);
            Data(xml, "project", node.Project);
            Data(xml, "namespace", node.Namespace);
            Data(xml, "cell", node.Cell);
            Data(xml, "types", node.Types.ToString(CultureInfo.InvariantCulture));
            Data(xml, "lines", node.SourceLines.ToString(CultureInfo.InvariantCulture));
            Data(xml, "complexity", node.Complexity.ToString(CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }

        var index = 0;
        foreach (var edge in graph.Edges)
        {
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", "e" + index++.ToString(CultureInfo.InvariantCulture));
            xml.WriteAttributeString("source", Clean(edge.From));
            xml.WriteAttributeString("target", Clean(edge.To));
            Data(xml, "weight", edge.Weight.ToString(CultureInfo.InvariantCulture));
            Data(xml, "kinds", string.Join(", ", edge.Kinds.Select(k => $"{k.Key}={k.Value}")));
            Data(xml, "samples", string.Join(", ", edge.Samples.Select(s => s.ToString())));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null)
        {
            return;
        }

        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(Clean(value));
        xml.WriteEndElement();
    }

    /// <summary>XML 1.0 cannot carry most control characters at all; they become U+FFFD.</summary>
    private static string Clean(string value)
    {
        var builder = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (XmlConvert.IsXmlChar(c))
            {
                builder.Append(c);
            }
            else if (i + 1 < value.Length && XmlConvert.IsXmlSurrogatePair(value[i + 1], c))
            {
                builder.Append(c).Append(value[++i]);
            }
            else
            {
                builder.Append('\uFFFD');
            }
        }

        return builder.ToString();
    }
}
