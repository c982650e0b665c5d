using System.Globalization;
using System.Text;

namespace Modernize.Reporting.Exports;

/// <summary>Writes an <see cref="ExportGraph"/> as a Graphviz DOT digraph; every id and label is a quoted, escaped DOT string.</summary>
public static class DotWriter
{
    public static void Write(ExportGraph graph, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(output);
        output.WriteLine($"digraph {Quote(graph.Name)} {{");
        output.WriteLine("  rankdir=LR;");
        output.WriteLine("  node [shape=box, style=\"rounded,filled\", fillcolor=\"#f4f6f9\", fontname=\"Helvetica\"];");
        foreach (var node in graph.Nodes)
        {
            var cell = node.Cell is null ? string.Empty : $", cell={Quote(node.Cell)}";
            output.WriteLine($"  {Quote(node.Id)} [label={Quote(node.Label)}, kind={Quote(node.Kind)}{cell}];");
        }

        foreach (var edge in graph.Edges)
        {
            var weight = edge.Weight.ToString(CultureInfo.InvariantCulture);
            output.WriteLine($"  {Quote(edge.From)} -> {Quote(edge.To)} [weight={weight}, label={Quote(weight)}];");
        }

        output.WriteLine("}");
    }

    /// <summary>A DOT double-quoted string: backslashes and quotes escaped, line breaks as \n, so no id can end the string or the graph.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var builder = new StringBuilder(value.Length + 2).Append('"');
        foreach (var c in value)
        {
            _ = c switch
            {
                '\\' => builder.Append(@"\\"),
                '"' => builder.Append("\\\""),
                '\n' => builder.Append(@"\n"),
                '\r' => builder,
                _ when char.IsControl(c) => builder.Append(' '),
                _ => builder.Append(c),
            };
        }

        return builder.Append('"').ToString();
    }
}
