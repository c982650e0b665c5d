using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Modernize.Loading.ModelCache;

namespace Modernize.Loading.Tests.ModelCache;

public sealed class OptionsModelTests
{
    /// <summary>
    /// ILSpy's projects define DEBUG twice (its Directory.Build.props and the project file both add it), and Roslyn keeps
    /// both: capturing the options for the stored model crashed the scan ("An item with the same key has already been added").
    /// </summary>
    [Fact]
    public void A_preprocessor_symbol_defined_twice_is_captured_once_and_parses_as_before()
    {
        using var workspace = new AdhocWorkspace();
        var parse = new CSharpParseOptions(LanguageVersion.CSharp12, preprocessorSymbols: ["DEBUG", "TRACE", "DEBUG"]);
        var project = workspace.AddProject(ProjectInfo.Create(
            ProjectId.CreateNewId(), VersionStamp.Default, "App", "App", LanguageNames.CSharp,
            compilationOptions: new CSharpCompilationOptions(OutputKind.DynamicallyLinkedLibrary),
            parseOptions: parse));

        var model = OptionsModel.From(project);

        Assert.NotNull(model);
        Assert.Equal(["DEBUG", "TRACE"], model.PreprocessorSymbols.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["DEBUG", "TRACE"], model.ToParseOptions(LanguageNames.CSharp).PreprocessorSymbolNames.Order(StringComparer.Ordinal));
    }
}
