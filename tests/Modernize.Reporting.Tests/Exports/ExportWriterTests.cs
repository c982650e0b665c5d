using System.Text.RegularExpressions;
using System.Xml;
using Microsoft.VisualBasic.FileIO;
using Modernize.Model.Graph;
using Modernize.Reporting.Exports;

namespace Modernize.Reporting.Tests.Exports;

public sealed partial class ExportWriterTests
{
    private static readonly Modernize.Model.Scan.ScanDocument Hostile = SampleScans.HostileShop().Current;

    [Theory]
    [InlineData(ExportLevel.Type)]
    [InlineData(ExportLevel.Namespace)]
    [InlineData(ExportLevel.Project)]
    public void GraphML_parses_as_XML_with_every_node_and_edge_and_the_names_intact(ExportLevel level)
    {
        var graph = ExportGraph.From(Hostile, level);
        var text = Write(w => GraphMlWriter.Write(graph, w));

        var document = new XmlDocument { XmlResolver = null };
        using (var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null }))
        {
            document.Load(reader);
        }

        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("g", "http://graphml.graphdrawing.org/xmlns");
        var nodes = document.SelectNodes("//g:node", ns)!.Cast<XmlElement>().Select(n => n.GetAttribute("id")).ToList();
        Assert.Equal(graph.Nodes.Select(n => n.Id), nodes);
        Assert.Equal(graph.Edges.Count, document.SelectNodes("//g:edge", ns)!.Count);
        Assert.All(document.SelectNodes("//g:edge", ns)!.Cast<XmlElement>(), e => Assert.Contains(e.GetAttribute("source"), nodes));
        Assert.Contains(SampleScans.ScriptPayload, nodes[0], StringComparison.Ordinal);
    }

    [Fact]
    public void GraphML_replaces_characters_XML_cannot_carry()
    {
        var scan = Hostile with { Graph = Hostile.Graph with { Types = [.. Hostile.Graph.Types.Take(1).Select(t => t with { Id = "Bad\u0001Name\uD83D\uDE00" })] } };
        var text = Write(w => GraphMlWriter.Write(ExportGraph.From(scan, ExportLevel.Type), w));

        var document = new XmlDocument { XmlResolver = null };
        document.LoadXml(text);
        Assert.Contains("Bad\uFFFDName\uD83D\uDE00", document.InnerXml, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(ExportLevel.Type)]
    [InlineData(ExportLevel.Project)]
    public void DOT_declares_every_node_and_edge_as_quoted_strings_that_no_name_can_break(ExportLevel level)
    {
        var graph = ExportGraph.From(Hostile, level);
        var lines = Write(w => DotWriter.Write(graph, w)).Split('\n', StringSplitOptions.RemoveEmptyEntries);

        var declared = lines.Select(l => NodeLine().Match(l)).Where(m => m.Success).Select(m => Unquote(m.Groups[1].Value)).ToList();
        var edges = lines.Count(l => EdgeLine().IsMatch(l));
        Assert.Equal(graph.Nodes.Select(n => n.Id), declared);
        Assert.Equal(graph.Edges.Count, edges);
        Assert.StartsWith("digraph \"", lines[0], StringComparison.Ordinal);
        Assert.Equal("}", lines[^1].Trim());
    }

    [Fact]
    public void DOT_escapes_quotes_backslashes_and_line_breaks()
    {
        Assert.Equal("\"a\\\"b\\\\c\\nd\"", DotWriter.Quote("a\"b\\c\nd"));
    }

    [Fact]
    public void CSV_tables_have_the_declared_columns_on_every_row_and_quote_per_RFC_4180()
    {
        var graph = ExportGraph.From(Hostile, ExportLevel.Type);
        var elements = Parse(Write(w => CsvExport.WriteElements(graph, w)));
        var dependencies = Parse(Write(w => CsvExport.WriteDependencies(graph, w)));

        Assert.Equal(CsvExport.ElementColumns, elements[0]);
        Assert.Equal(graph.Nodes.Count + 1, elements.Count);
        Assert.All(elements, row => Assert.Equal(CsvExport.ElementColumns.Count, row.Length));
        Assert.Equal(graph.Nodes.Select(n => n.Id), elements.Skip(1).Select(r => r[0]));
        Assert.Equal(CsvExport.DependencyColumns, dependencies[0]);
        Assert.Equal(graph.Edges.Count + 1, dependencies.Count);
        var plain = Parse(Write(w => CsvExport.WriteDependencies(ExportGraph.From(SampleScans.Shop().Current, ExportLevel.Type), w)));
        Assert.Contains(plain, r => r[0] == "Shop.Orders.OrderService" && r[1] == "Shop.Billing.InvoiceService" && r[4] == "src/Shop.Orders/OrderService.cs:42; src/Shop.Orders/OrderService.cs:57");
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://x\")", "'=HYPERLINK(\"http://x\")")]
    [InlineData("+1", "'+1")]
    [InlineData("-cmd", "'-cmd")]
    [InlineData("@SUM(A1)", "'@SUM(A1)")]
    [InlineData("Shop.Orders", "Shop.Orders")]
    public void CSV_text_cells_that_a_spreadsheet_would_run_get_an_apostrophe(string value, string expected)
    {
        var scan = Hostile with { Graph = Hostile.Graph with { Types = [.. Hostile.Graph.Types.Take(1).Select(t => t with { Id = value })], Dependencies = [] } };
        var rows = Parse(Write(w => CsvExport.WriteElements(ExportGraph.From(scan, ExportLevel.Type), w)));

        Assert.Equal(expected, rows[1][0]);
    }

    [Fact]
    public void Namespace_level_sums_type_dependencies_between_namespaces()
    {
        var graph = ExportGraph.From(SampleScans.Shop().Current, ExportLevel.Namespace);

        var ordersToBilling = Assert.Single(graph.Edges, e => e.From == "Shop.Orders" && e.To == "Shop.Billing");
        Assert.Equal(6, ordersToBilling.Weight);
        Assert.Equal("Orders", graph.Nodes.Single(n => n.Id == "Shop.Orders").Cell);
        Assert.DoesNotContain(graph.Edges, e => e.From == e.To);
    }

    private static string Write(Action<TextWriter> write)
    {
        using var writer = new StringWriter();
        write(writer);
        return writer.ToString();
    }

    private static List<string[]> Parse(string csv)
    {
        using var parser = new TextFieldParser(new StringReader(csv)) { TextFieldType = FieldType.Delimited, HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        var rows = new List<string[]>();
        while (!parser.EndOfData)
        {
            rows.Add(parser.ReadFields()!);
        }

        return rows;
    }

    private static string Unquote(string quoted) =>
        Regex.Replace(quoted[1..^1], @"\\(.)", m => m.Groups[1].Value == "n" ? "\n" : m.Groups[1].Value);

    [GeneratedRegex("""^  ("(?:[^"\\]|\\.)*") \[label="(?:[^"\\]|\\.)*", kind="(?:[^"\\]|\\.)*"(?:, cell="(?:[^"\\]|\\.)*")?\];\r?$""")]
    private static partial Regex NodeLine();

    [GeneratedRegex("""^  "(?:[^"\\]|\\.)*" -> "(?:[^"\\]|\\.)*" \[weight=\d+, label="\d+"\];\r?$""")]
    private static partial Regex EdgeLine();
}
