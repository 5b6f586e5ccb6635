// Renders per second of real seed templates: compiled once, rendered many times, as the outbox and the
// preview pane do. Target: at least 200,000 email renders/s on one core (Release build).
#include "recoverytemplate.h"
#include "rendercontext.h"
#include "templaterenderer.h"

#include <QFile>

#include <benchmark/benchmark.h>

#include <cstdio>
#include <cstdlib>

using namespace redress;

namespace {

QByteArray readSeed(const char *name)
{
    QFile file(QStringLiteral(REDRESS_SOURCE_DIR "/resources/seed/templates/") + QLatin1String(name));
    if (!file.open(QIODevice::ReadOnly)) {
        std::fprintf(stderr, "cannot read %s\n", name);
        std::abort();
    }
    return file.readAll();
}

RecoveryTemplate seedTemplate(const char *name)
{
    Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(readSeed(name));
    if (!parsed) {
        std::fprintf(stderr, "%s: %s\n", name, qPrintable(parsed.error().toString()));
        std::abort();
    }
    return std::move(parsed).value();
}

RenderContext sampleContext()
{
    Result<RenderContext> context = RenderContext::parse(readSeed("sample-context.json"));
    if (!context)
        std::abort();
    return std::move(context).value();
}

void renderVariant(benchmark::State &state, const char *file, Channel channel, const char *locale)
{
    const RecoveryTemplate recoveryTemplate = seedTemplate(file);
    const TemplateVariant *variant = recoveryTemplate.variant(channel, QString::fromLatin1(locale));
    if (!variant)
        std::abort();
    const RenderContext context = sampleContext();
    qsizetype characters = 0;
    for (auto _ : state) {
        RenderedMessage message = TemplateRenderer::render(*variant, context);
        if (!message.isSendable())
            state.SkipWithError("the sample context must fill every placeholder");
        characters += message.length;
        benchmark::DoNotOptimize(message);
    }
    state.SetItemsProcessed(state.iterations());
    state.counters["chars/render"] = state.iterations() ? double(characters) / double(state.iterations()) : 0.0;
}

void BM_RenderEmailEnglish(benchmark::State &state)
{
    renderVariant(state, "late_delivery_apology.json", Channel::Email, "en");
}

void BM_RenderEmailSpanish(benchmark::State &state)
{
    renderVariant(state, "late_delivery_apology.json", Channel::Email, "es");
}

void BM_RenderSmsSpanish(benchmark::State &state)
{
    renderVariant(state, "late_delivery_apology.json", Channel::Sms, "es");
}

void BM_CompileTemplate(benchmark::State &state)
{
    const QByteArray bytes = readSeed("late_delivery_apology.json");
    for (auto _ : state) {
        Result<RecoveryTemplate> parsed = RecoveryTemplate::parse(bytes);
        benchmark::DoNotOptimize(parsed);
    }
    state.SetItemsProcessed(state.iterations());
}

} // namespace

BENCHMARK(BM_RenderEmailEnglish);
BENCHMARK(BM_RenderEmailSpanish);
BENCHMARK(BM_RenderSmsSpanish);
BENCHMARK(BM_CompileTemplate);

BENCHMARK_MAIN();
