#pragma once

#include "chartkind.h"

#include <memory>

class FigureEngine;
class FigureModel;
class FigureSelection;

/// The one place that maps a chart kind to its figure model class: a new
/// model of kind's class over engine and selection.
std::unique_ptr<FigureModel> createFigureModel(ChartKind kind, FigureEngine *engine, FigureSelection *selection);

/// True when model is of kind's model class (the class describeChart() reads).
bool isFigureModelOf(ChartKind kind, const FigureModel &model);
