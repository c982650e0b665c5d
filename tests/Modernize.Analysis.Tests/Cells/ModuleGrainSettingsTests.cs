using Modernize.Analysis.Cells;
using Modernize.Analysis.Cells.Signals;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>The module and kernel thresholds of <c>proposal.modules</c> reach the rules that use them.</summary>
public sealed class ModuleGrainSettingsTests
{
    [Fact]
    public void The_own_module_share_decides_whether_a_registration_wiring_two_modules_is_a_host()
    {
        var graph = new TinyGraph()
            .Type("Fit.Program")
            .Type("Fit.Common.Clock")
            .Type("Fit.Offers.OfferRepository")
            .Type("Fit.Passes.PassRepository")
            .Type("Fit.Passes.PassesServiceCollectionExtensions")
            .Depends("Fit.Offers.OfferRepository", "Fit.Common.Clock", 2)
            .Depends("Fit.Passes.PassRepository", "Fit.Common.Clock", 2)
            .Depends("Fit.Passes.PassesServiceCollectionExtensions", "Fit.Passes.PassRepository", 3)
            .Depends("Fit.Passes.PassesServiceCollectionExtensions", "Fit.Offers.OfferRepository", 1)
            .Build();
        var moduleKey = graph.Types.Where(t => t.Namespace != "Fit").ToDictionary(t => t.Id, t => t.Namespace.Split('.')[1].ToLowerInvariant(), StringComparer.Ordinal);

        // Passes' registration sends 75 % of its keyed weight into Passes: its module's at the default share, a host at 0.9.
        var byDefault = HostDetector.Detect(CellContext.Create(graph, AnalysisResult.Empty, ModernizeConfig.Default), moduleKey);
        var strict = HostDetector.Detect(CellContext.Create(graph, AnalysisResult.Empty, With(new ModuleGrainSettings(RegistrationOwnShare: 0.9))), moduleKey);

        Assert.Equal(["Fit.Program"], byDefault.Keys);
        Assert.Equal(["Fit.Passes.PassesServiceCollectionExtensions", "Fit.Program"], strict.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Kernel_words_name_the_namespaces_that_are_tissue_by_their_name()
    {
        var graph = new TinyGraph().Type("Fit.Platform.Clock").Type("Fit.Platform.EventBus").Type("Fit.Platform.Validator");
        string[] modules = ["Offers", "Passes", "Reports"];
        foreach (var module in modules)
        {
            graph.Type($"Fit.{module}.Endpoint").Type($"Fit.{module}.Repository").Depends($"Fit.{module}.Endpoint", $"Fit.{module}.Repository", 3);
            foreach (var used in new[] { "Fit.Platform.Clock", "Fit.Platform.EventBus", "Fit.Platform.Validator" })
            {
                graph.Depends($"Fit.{module}.Endpoint", used, 1);
            }
        }

        var built = graph.Build();
        // Each platform type sits in the candidate cell of a module using it, so the clustering test alone never passes.
        var candidateCell = built.Types.ToDictionary(
            t => t.Id,
            t => t.Id switch
            {
                "Fit.Platform.Clock" => 0,
                "Fit.Platform.EventBus" => 1,
                "Fit.Platform.Validator" => 2,
                _ => Array.IndexOf(modules, t.Namespace.Split('.')[1]),
            },
            StringComparer.Ordinal);
        var none = new HashSet<string>(StringComparer.Ordinal);

        var byDefault = TissueUnitDetector.Detect(CellContext.Create(built, AnalysisResult.Empty, ModernizeConfig.Default), candidateCell, none);
        var platform = TissueUnitDetector.Detect(CellContext.Create(built, AnalysisResult.Empty, With(new ModuleGrainSettings(KernelWords: ["Platform"]))), candidateCell, none);

        Assert.Empty(byDefault);
        Assert.Equal("Fit.Platform", Assert.Single(platform).Unit);
        // Its explanation says the clustering test was waived for its name, not that it passed.
        Assert.Contains("named as a shared kernel ('Platform'), it was not required to cluster with itself (0% of its types sit in candidate cells of their own)", platform[0].Sentence(), StringComparison.Ordinal);
    }

    [Fact]
    public void The_slice_thresholds_decide_when_a_technical_word_names_a_module()
    {
        var types = new[]
        {
            ModuleGrainTests.Type("Fit.Contracts.PrepareContract.PrepareContractEndpoint"),
            ModuleGrainTests.Type("Fit.Contracts.SignContract.SignContractEndpoint"),
            ModuleGrainTests.Type("Fit.Offers.Prepare.PrepareOfferEndpoint"),
            ModuleGrainTests.Type("Fit.Passes.Register.RegisterPassEndpoint"),
        };

        var byDefault = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Namespace);
        var stricter = LayoutSignal.Segments(types, new Dictionary<string, string>(), LayoutSource.Namespace, new ModuleGrainSettings(SliceMinDomainWords: 3));

        Assert.Equal("contract", byDefault[0][0]);
        // Contracts has two domain sub-segments (PrepareContract, SignContract): not enough when three are needed.
        Assert.NotEqual("contract", stricter[0].FirstOrDefault());
    }

    private static ModernizeConfig With(ModuleGrainSettings modules) => ModernizeConfig.Default with { Proposal = new ProposalSettings { Modules = modules } };
}
